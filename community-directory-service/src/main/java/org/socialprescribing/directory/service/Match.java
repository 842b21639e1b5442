package org.socialprescribing.directory.service;

import java.util.Optional;

/**
 * A search result: the record, its distance in metres from the searched point (when a point was given and the
 * record has coordinates), and its next session (when its schedules say).
 */
public record Match<T>(T item, Double distanceMetres, Optional<SessionCalendar.Session> nextSession) {
}
