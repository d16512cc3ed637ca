package de.integrationskonzept.platform.documents;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's log to SLF4J instead of its own console handler. Its INFO messages
 * (fonts loaded, timings, one line per link) come with every PDF and are logged at DEBUG.
 */
final class PdfRendererLog implements XRLogger {

	private PdfRendererLog() {
	}

	static void install() {
		if (!(XRLog.getLoggerImpl() instanceof PdfRendererLog)) {
			XRLog.setLoggerImpl(new PdfRendererLog());
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		if (level.intValue() >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else if (level.intValue() >= Level.INFO.intValue()) {
			logger.debug(message, error);
		}
		else {
			logger.trace(message, error);
		}
	}

	@Override
	public void setLevel(String where, Level level) {
		// Levels are configured in the application's logging configuration.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int level = diagnostic.getLevel().intValue();
		if (level >= Level.WARNING.intValue()) {
			return logger.isWarnEnabled();
		}
		return level >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}
}
