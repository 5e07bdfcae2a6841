package dev.perfscope.infra;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.Block;
import dev.perfscope.model.ChangeScope;
import dev.perfscope.model.Edge;
import dev.perfscope.model.FileHistory;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Health;
import dev.perfscope.model.HistoryInfo;
import dev.perfscope.model.Hotspot;
import dev.perfscope.model.Member;
import dev.perfscope.model.Problem;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Severity;
import dev.perfscope.model.Structure;
import dev.perfscope.model.Suppression;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** How the model is written as JSON, in the report and anywhere else it is stored: one configuration. */
public final class JsonMapper {
  private JsonMapper() {}

  public static ObjectMapper create() {
    return base().addMixIn(FileMetrics.class, FileMetricsMixin.class);
  }

  /**
   * For the cache: the same, but a file's {@link Structure} is kept, so advice
   * works on cached files, and functions and structure are written as arrays of values without their keys:
   * they are most of a file's bytes (30 MB for java.base with keys), read back by this mapper only.
   */
  public static ObjectMapper forCache() {
    return base().addMixIn(FileMetrics.class, CachedFileMetricsMixin.class)
        .addMixIn(FunctionMetrics.class, Compact.class).addMixIn(Member.class, Compact.class)
        .addMixIn(Edge.class, Compact.class).addMixIn(Block.class, Compact.class);
  }

  /** Values in the order of the record's components. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  private abstract static class Compact {}

  private static ObjectMapper base() {
    SimpleModule severity = new SimpleModule("perfscope-severity")
        .addSerializer(Severity.class, new JsonSerializer<>() {
          @Override
          public void serialize(Severity value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.id());
          }
        })
        .addDeserializer(Severity.class, new JsonDeserializer<>() {
          @Override
          public Severity deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return Severity.valueOf(parser.getValueAsString().toUpperCase(Locale.ROOT));
          }
        });
    return new ObjectMapper()
        .registerModule(severity)
        .addMixIn(Finding.class, FindingMixin.class)
        .addMixIn(AnalysisResult.class, AnalysisResultMixin.class)
        .addMixIn(Plan.class, PlanMixin.class)
        .addMixIn(Plan.Part.class, PartMixin.class)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false); // later versions only add keys
  }

  /** A finding about a whole file has no {@code function} key, one without a baseline no {@code baseline}. */
  private abstract static class FindingMixin {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract String function();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract String baseline();
  }

  /**
   * Most files declare no suppressions and hit no limit, and outside git a file has no history: keys only when
   * present. The structure is large and only advice reads it, so the report leaves it out.
   */
  private abstract static class FileMetricsMixin extends CachedFileMetricsMixin {
    @JsonIgnore
    abstract Structure structure();
  }

  private abstract static class CachedFileMetricsMixin {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<Suppression> suppressions();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract FileHistory history();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract Problem note();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract Health health();
  }

  /** Outside git there is no {@code history} or {@code hotspots} key; {@code since} only in pull-request mode. */
  private abstract static class AnalysisResultMixin {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract HistoryInfo history();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<Hotspot> hotspots();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract ChangeScope since();
  }

  /** A plan shows only the keys its kind uses; a split always has {@code crossEdges}, even none. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  private abstract static class PlanMixin {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract List<Plan.CrossEdge> crossEdges();
  }

  /** A part that needs nothing from the others has no {@code imports} key. */
  private abstract static class PartMixin {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<Plan.Import> imports();
  }
}
