package dev.perfscope.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Under an {@link javax.xml.stream.XMLStreamWriter}: writes a tab, line feed or carriage return inside an
 * attribute value as a character reference ({@code &#10;}), which the stream writer leaves raw and an XML
 * reader would then normalize to a space (XML 1.0, 3.3.3). An attribute value is what stands between quotes
 * inside a tag: the stream writer escapes {@code <} in text and {@code "} in values, so the raw ones mark
 * where tags and values begin and end.
 */
final class AttributeWhitespace extends FilterWriter {
  private boolean inTag;
  private boolean inValue;

  AttributeWhitespace(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (inValue && (c == '\t' || c == '\n' || c == '\r')) {
      out.write("&#" + c + ";");
      return;
    }
    follow(c);
    out.write(c);
  }

  /** Where the character written leaves us: in a tag, in one of its attribute values, or outside tags. */
  private void follow(int c) {
    if (c == '"' && inTag) {
      inValue = !inValue;
    } else if (!inValue && (c == '<' || c == '>')) {
      inTag = c == '<';
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(buffer[i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(text.charAt(i));
    }
  }
}
