package dev.perfscope.maven;

import dev.perfscope.site.SiteContent;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/** Renders a site page's neutral content through Doxia's {@link Sink}, which escapes all text. */
final class SitePage {
  private final Sink sink;

  SitePage(Sink sink) {
    this.sink = sink;
  }

  void write(SiteContent content) {
    start(content.title());
    for (SiteContent.Block block : content.blocks()) {
      if (block instanceof SiteContent.Paragraph p) {
        paragraph(p.text(), p.linkText(), p.href());
      } else if (block instanceof SiteContent.Heading h) {
        heading(h.title());
      } else if (block instanceof SiteContent.Table t) {
        table(t.headers(), t.rows());
      }
    }
    end();
  }

  private void start(String title) {
    sink.head();
    sink.title();
    sink.text(title);
    sink.title_();
    sink.head_();
    sink.body();
    sink.section1();
    sink.sectionTitle1();
    sink.text(title);
    sink.sectionTitle1_();
  }

  private void end() {
    sink.section1_();
    sink.body_();
    sink.flush();
    sink.close();
  }

  private void paragraph(String text, String linkText, String href) {
    sink.paragraph();
    sink.text(text);
    if (href != null) {
      sink.link(href);
      sink.text(linkText);
      sink.link_();
    }
    sink.paragraph_();
  }

  private void heading(String title) {
    sink.section2();
    sink.sectionTitle2();
    sink.text(title);
    sink.sectionTitle2_();
    sink.section2_();
  }

  private void table(List<String> headers, List<List<String>> rows) {
    sink.table();
    sink.tableRows(null, false);
    sink.tableRow();
    headers.forEach(h -> cell(h, true));
    sink.tableRow_();
    for (List<String> row : rows) {
      sink.tableRow();
      row.forEach(value -> cell(value, false));
      sink.tableRow_();
    }
    sink.tableRows_();
    sink.table_();
  }

  private void cell(String text, boolean header) {
    if (header) {
      sink.tableHeaderCell();
      sink.text(text);
      sink.tableHeaderCell_();
    } else {
      sink.tableCell();
      sink.text(text);
      sink.tableCell_();
    }
  }
}
