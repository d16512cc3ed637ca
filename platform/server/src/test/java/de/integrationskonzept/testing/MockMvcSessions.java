package de.integrationskonzept.testing;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets MockMvc tests keep handing a {@code MockHttpSession} from one request to the next although the
 * real session now lives in PostgreSQL (Spring Session JDBC) and is found through its cookie, which
 * MockMvc does not carry over. The session filter still reads and writes the cookie exactly as in
 * production (same {@link CookieSerializer}); in addition the session id is remembered in the request's
 * {@code MockHttpSession}, so {@code .session(result.getRequest().getSession())} continues the same
 * stored session. Only the id is bridged: every attribute the application sets is stored in and read
 * from PostgreSQL; what a test puts into its {@code MockHttpSession} moves there too.
 * Registered for every test context in {@code META-INF/spring.factories}.
 */
public final class MockMvcSessions implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	private record Customizer() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			context.getBeanFactory().addBeanPostProcessor(new BridgingPostProcessor(context.getBeanFactory()));
			MockMvcBuilderCustomizer attributes = builder -> builder.addFilters(new MovingAttributesFilter());
			context.getBeanFactory().registerSingleton(MockMvcSessions.class.getName() + ".attributes", attributes);
		}
	}

	static final class BridgingPostProcessor implements BeanPostProcessor {

		private final BeanFactory beans;

		BridgingPostProcessor(BeanFactory beans) {
			this.beans = beans;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof SessionRepositoryFilter<?> filter) {
				var cookies = new CookieHttpSessionIdResolver();
				cookies.setCookieSerializer(beans.getBean(CookieSerializer.class));
				filter.setHttpSessionIdResolver(new MockSessionIdResolver(cookies));
			}
			return bean;
		}
	}

	/**
	 * What a test itself puts into its {@code MockHttpSession} (MockMvc's {@code flashAttrs}, {@code sessionAttr}) moves
	 * into the stored session before the controller runs, where the application looks for it. Runs after
	 * the security filters (MockMvc adds it last).
	 */
	static final class MovingAttributesFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			var given = mock == null ? null : mock.getSession(false);
			if (given != null) {
				for (String name : Collections.list(given.getAttributeNames())) {
					if (!name.equals(MockSessionIdResolver.ID)) {
						request.getSession().setAttribute(name, given.getAttribute(name));
						given.removeAttribute(name);
					}
				}
			}
			chain.doFilter(request, response);
		}
	}

	/** The cookie as in production, and the id also in the test's {@code MockHttpSession}. */
	record MockSessionIdResolver(HttpSessionIdResolver cookies) implements HttpSessionIdResolver {

		static final String ID = MockSessionIdResolver.class.getName() + ".id";

		@Override
		public List<String> resolveSessionIds(HttpServletRequest request) {
			List<String> ids = cookies.resolveSessionIds(request);
			if (!ids.isEmpty()) {
				return ids;
			}
			var mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			var session = mock == null ? null : mock.getSession(false);
			return session != null && session.getAttribute(ID) instanceof String id ? List.of(id) : List.of();
		}

		@Override
		public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
			cookies.setSessionId(request, response, sessionId);
			var mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			if (mock != null) {
				mock.getSession(true).setAttribute(ID, sessionId);
			}
		}

		@Override
		public void expireSession(HttpServletRequest request, HttpServletResponse response) {
			cookies.expireSession(request, response);
			var mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			var session = mock == null ? null : mock.getSession(false);
			if (session != null) {
				session.removeAttribute(ID);
			}
		}
	}
}
