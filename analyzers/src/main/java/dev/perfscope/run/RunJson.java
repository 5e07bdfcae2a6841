package dev.perfscope.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.perfscope.infra.JsonMapper;
import dev.perfscope.sources.Glob;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.function.Function;

/**
 * How a {@link RunJob} travels to a worker JVM and its {@link RunOutcome} back: the cache's mapper, plus the
 * request's values that are not plain data (a glob by its pattern, a charset by its name, a duration in ms).
 */
final class RunJson {
  static final ObjectMapper MAPPER = JsonMapper.forCache().registerModule(new SimpleModule("perfscope-run")
      .addSerializer(Glob.class, as(Glob::toString)).addDeserializer(Glob.class, from(s -> Glob.of(s, "glob")))
      .addSerializer(Charset.class, as(Charset::name)).addDeserializer(Charset.class, from(Charset::forName))
      .addSerializer(Duration.class, as(d -> String.valueOf(d.toMillis())))
      .addDeserializer(Duration.class, from(ms -> Duration.ofMillis(Long.parseLong(ms)))));

  private RunJson() {}

  private static <T> JsonSerializer<T> as(Function<T, String> text) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(text.apply(value));
      }
    };
  }

  private static <T> JsonDeserializer<T> from(Function<String, T> parse) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return parse.apply(parser.getValueAsString());
      }
    };
  }
}
