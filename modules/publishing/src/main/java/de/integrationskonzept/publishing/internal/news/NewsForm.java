package de.integrationskonzept.publishing.internal.news;

import java.util.ArrayList;
import java.util.List;

import de.integrationskonzept.publishing.internal.FieldProblem;
import de.integrationskonzept.publishing.internal.PlainText;

/**
 * The staff form for one news item as typed; {@link #problems()} says what is missing or too long.
 */
public class NewsForm {

	static final int TITLE_MAX = 200;
	static final int SUMMARY_MAX = 500;
	static final int BODY_MAX = 20000;
	static final int AUTHOR_MAX = 200;

	private String title = "";
	private String summary = "";
	private String body = "";
	private String author = "";
	private int version;

	static NewsForm of(NewsItem item) {
		var form = new NewsForm();
		form.title = item.title();
		form.summary = item.summary();
		form.body = item.body();
		form.author = item.author();
		form.version = item.version();
		return form;
	}

	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		check(problems, "title", title, TITLE_MAX);
		check(problems, "summary", summary, SUMMARY_MAX);
		check(problems, "body", body, BODY_MAX);
		check(problems, "author", author, AUTHOR_MAX);
		if (title != null && (title.contains("\n") || title.contains("\r"))) {
			problems.add(FieldProblem.of("title", "news.error.singleLine"));
		}
		return problems;
	}

	private static void check(List<FieldProblem> problems, String field, String value, int max) {
		String text = PlainText.normalise(value);
		if (text == null) {
			problems.add(FieldProblem.of(field, "publishing.error.required"));
		}
		else if (text.length() > max) {
			problems.add(FieldProblem.of(field, "publishing.error.tooLong", max));
		}
	}

	String normalisedTitle() {
		return PlainText.normalise(title);
	}

	String normalisedSummary() {
		return PlainText.normalise(summary);
	}

	String normalisedBody() {
		return PlainText.normalise(body);
	}

	String normalisedAuthor() {
		return PlainText.normalise(author);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getAuthor() {
		return author;
	}

	public void setAuthor(String author) {
		this.author = author;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
