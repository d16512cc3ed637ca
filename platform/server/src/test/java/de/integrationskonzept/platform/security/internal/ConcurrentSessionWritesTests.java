package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Two requests of one session that add the same attribute at once (a double-clicked form, both
 * storing a flash message) both save: the second write replaces the first instead of breaking
 * the attribute table's primary key.
 */
@SpringBootTest(properties = { "ik.demo.concepts-import=false", "ik.demo.participation-import=false", "ik.demo.monitoring-import=false" })
class ConcurrentSessionWritesTests {

	@Autowired SessionRepository<? extends Session> sessions;
	@Autowired JdbcTemplate jdbc;

	@Test
	void twoRequestsAddingTheSameAttributeBothSave() {
		raceOn(sessions);
	}

	private <S extends Session> void raceOn(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		S firstRequest = sessions.findById(created.getId());
		S secondRequest = sessions.findById(created.getId());

		firstRequest.setAttribute("flash", "first");
		secondRequest.setAttribute("flash", "second");
		sessions.save(firstRequest);
		sessions.save(secondRequest);

		assertThat(sessions.findById(created.getId()).<String>getAttribute("flash")).isEqualTo("second");
		assertThat(jdbc.queryForObject("""
				select count(*) from platform.http_session_attributes a join platform.http_session s on s.primary_id = a.session_primary_id
				where s.session_id = ? and a.attribute_name = 'flash'""", Integer.class, created.getId())).isEqualTo(1);
		sessions.deleteById(created.getId());
	}
}
