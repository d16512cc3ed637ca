package de.integrationskonzept.platform.security.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's account as the security layer needs it.
 */
record Account(UUID id, String email, String displayName, String passwordHash, Status status, boolean emailVerified,
		boolean platformAdmin, int failedLogins, Instant lockedUntil, String encryptedTotpSecret, boolean totpEnabled,
		boolean demo) {

	enum Status {
		PENDING, ACTIVE, DISABLED
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	boolean canSignIn() {
		return status == Status.ACTIVE && passwordHash != null;
	}
}
