package de.integrationskonzept.participation.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The hourly closing of ended rating phases and votes ({@link Closings}) needs scheduling. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ParticipationScheduling {
}
