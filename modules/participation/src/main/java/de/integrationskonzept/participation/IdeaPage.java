package de.integrationskonzept.participation;

import java.util.List;

/** A page of a process's ideas ({@link Ideas#page}): its ideas, its number (from 1), how many pages and ideas there are. */
public record IdeaPage(List<Idea> ideas, int number, int pages, int total) {

	public IdeaPage {
		ideas = List.copyOf(ideas);
	}
}
