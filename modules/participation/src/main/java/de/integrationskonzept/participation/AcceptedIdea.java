package de.integrationskonzept.participation;

import java.util.UUID;

/** An idea taken over into a goal or measure: "Sie haben gesagt – wir haben getan". */
public record AcceptedIdea(UUID id, UUID processId, UUID itemId, String title, String text) {
}
