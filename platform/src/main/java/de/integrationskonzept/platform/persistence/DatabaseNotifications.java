package de.integrationskonzept.platform.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL {@code LISTEN}/{@code NOTIFY} for in-memory state that must follow the database on
 * every instance: one connection listens on the channels of all {@link Subscriber}s and tells them
 * about notifications and about whether they are listening at all (while not, a subscriber must
 * not trust what it holds).
 */
@Component
public class DatabaseNotifications implements DisposableBean {

	/** Something that keeps state derived from the database. */
	public interface Subscriber {

		/** The PostgreSQL channels (lower-case identifiers) whose notifications concern this subscriber. */
		Set<String> channels();

		/** A notification arrived on one of the channels, with its payload (empty when none was sent). */
		void notified(String payload);

		/** Whether notifications are being received; false also after a lost connection. */
		void listening(boolean listening);
	}

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseNotifications.class);
	private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private final DataSource dataSource;
	private final List<Subscriber> subscribers;
	private volatile boolean stopped;
	private Thread listener;

	DatabaseNotifications(DataSource dataSource, List<Subscriber> subscribers) {
		this.dataSource = dataSource;
		this.subscribers = List.copyOf(subscribers);
		subscribers.stream().flatMap(subscriber -> subscriber.channels().stream()).forEach(channel -> {
			if (!CHANNEL.matcher(channel).matches()) {
				throw new IllegalArgumentException("not a channel name: " + channel);
			}
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!subscribers.isEmpty()) {
			listener = Thread.ofPlatform().daemon().name("database-notifications").start(this::listen);
		}
	}

	private void listen() {
		while (!stopped) {
			try (Connection connection = openConnection(); Statement statement = connection.createStatement()) {
				connection.setAutoCommit(true);
				for (String channel : subscribers.stream().flatMap(subscriber -> subscriber.channels().stream()).distinct().toList()) {
					statement.execute("listen " + channel);
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				subscribers.forEach(subscriber -> subscriber.listening(true));
				while (!stopped) {
					PGNotification[] notifications = postgres.getNotifications(5_000);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							subscribers.stream().filter(subscriber -> subscriber.channels().contains(notification.getName()))
								.forEach(subscriber -> subscriber.notified(notification.getParameter()));
						}
					}
					// A dead connection just returns nothing; check it now and then.
					if ((notifications == null || notifications.length == 0) && !connection.isValid(2)) {
						throw new SQLException("the listening connection was lost");
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				subscribers.forEach(subscriber -> subscriber.listening(false));
				if (!stopped) {
					LOG.warn("Not listening for database notifications ({}); retrying in 2 s", e.getMessage());
					pause();
				}
			}
		}
	}

	/**
	 * A connection of its own, outside the pool: it is held for as long as the application runs,
	 * and a pool must not lose one of its connections to that.
	 */
	private Connection openConnection() throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
		}
		return dataSource.getConnection();
	}

	private static void pause() {
		try {
			Thread.sleep(2_000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void destroy() {
		stopped = true;
		subscribers.forEach(subscriber -> subscriber.listening(false));
		if (listener != null) {
			listener.interrupt();
		}
	}
}
