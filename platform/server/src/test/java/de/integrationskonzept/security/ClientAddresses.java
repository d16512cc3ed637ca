package de.integrationskonzept.security;

import java.util.UUID;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Client addresses for the throttle tests: each test counts against addresses of its own. */
final class ClientAddresses {

	private ClientAddresses() {
	}

	/** A random private IPv4 address no other test uses. */
	static String fresh() {
		UUID random = UUID.randomUUID();
		return "10." + Math.floorMod(random.getMostSignificantBits(), 250) + "." + Math.floorMod(random.getLeastSignificantBits(), 250) + "."
				+ Math.floorMod(random.hashCode(), 250);
	}

	/** Sends the request from {@code address}. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
