package de.integrationskonzept.participation.internal.web;

import java.util.ArrayList;
import java.util.List;

import de.integrationskonzept.participation.QuestionnaireResults.Count;
import de.integrationskonzept.participation.QuestionnaireResults.QuestionResult;

/**
 * The geometry of a horizontal SVG bar chart of one question's counts: each bar with its label
 * above it and its count and share written beside it, so nothing is told by colour alone.
 */
public record BarChart(int width, int height, List<Bar> bars) {

	static final int WIDTH = 640;
	private static final int ROW = 46;
	private static final int BAR_HEIGHT = 18;
	private static final int MAX_BAR = 480;

	public record Bar(String label, int count, int percent, int labelY, int barY, int barWidth, int barHeight, int valueX, int valueY) {
	}

	static BarChart of(QuestionResult result) {
		int max = result.counts().stream().mapToInt(Count::count).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		int y = 0;
		for (Count count : result.counts()) {
			int width = max == 0 ? 0 : Math.max(count.count() == 0 ? 0 : 2, count.count() * MAX_BAR / max);
			bars.add(new Bar(count.label(), count.count(), result.percent(count.count()), y + 16, y + 22, width, BAR_HEIGHT, width + 8,
					y + 36));
			y += ROW;
		}
		return new BarChart(WIDTH, Math.max(y, ROW), bars);
	}
}
