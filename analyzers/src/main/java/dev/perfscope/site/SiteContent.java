package dev.perfscope.site;

import java.util.List;

/**
 * A site page as neutral blocks, for a site generator to render in its own markup (and to escape: every text
 * here is plain text, some of it from source code): a title, then paragraphs, headings and tables in order.
 */
public record SiteContent(String title, List<Block> blocks) {
  public SiteContent {
    blocks = List.copyOf(blocks);
  }

  /** One block of the page. */
  public sealed interface Block permits Paragraph, Heading, Table {}

  /** A paragraph of {@code text}, followed by a link ({@code linkText} to {@code href}) when {@code href} is set. */
  public record Paragraph(String text, String linkText, String href) implements Block {}

  /** The heading of a section of the page. */
  public record Heading(String title) implements Block {}

  /** A table: a header row, then rows of as many cells. */
  public record Table(List<String> headers, List<List<String>> rows) implements Block {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
