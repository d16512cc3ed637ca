package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Without demo accounts (as in production) the application starts, even where the demo Beteiligung is
 * switched on by mistake: that content needs the demo people, so it is left out instead of failing the start.
 */
@SpringBootTest(properties = { "ik.demo.accounts-enabled=false", "ik.demo.participation-import=true" })
class DemoDisabledStartTests {

	@Autowired ApplicationContext context;

	@Test
	void theApplicationStartsWithoutTheDemoBeteiligung() {
		assertThat(context.getBeanNamesForType(de.integrationskonzept.platform.security.DemoPeople.class)).isEmpty();
		assertThat(context.containsBean("demoParticipation")).isFalse();
		assertThat(context.containsBean("demoWiesbaden")).isFalse();
		assertThat(context.getBean(Ideas.class)).isNotNull();
	}
}
