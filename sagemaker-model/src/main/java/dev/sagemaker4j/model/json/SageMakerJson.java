package dev.sagemaker4j.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * SageMaker's JSON for the generated types: the shape the service and the AWS CLI's {@code
 * --cli-input-json} use, with the exact wire names.
 *
 * <pre>{@code
 * String json = SageMakerJson.mapper().writeValueAsString(request);
 * CreateEndpointRequest again = SageMakerJson.mapper().readValue(json, CreateEndpointRequest.class);
 * }</pre>
 *
 * <p>Absent members are not written, unknown members are ignored, timestamps are epoch seconds
 * ({@code 1717200000.000} when written; integers, fractions and exponent form when read). The
 * generated types carry their serializers in their annotations, so any {@code ObjectMapper},
 * such as one a framework configured, writes and reads them the same way.
 */
public final class SageMakerJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
          JsonInclude.Include.NON_ABSENT))
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private SageMakerJson() {}

  /**
   * The configured mapper. It is shared: configure a {@link ObjectMapper#copy() copy} rather than
   * this instance, which other code in the process uses too.
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
