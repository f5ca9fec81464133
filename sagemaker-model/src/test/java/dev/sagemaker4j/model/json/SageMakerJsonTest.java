package dev.sagemaker4j.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.model.CreateEndpointRequest;
import dev.sagemaker4j.model.DescribeEndpointResponse;
import dev.sagemaker4j.model.EndpointStatus;
import dev.sagemaker4j.model.ListProcessingJobsRequest;
import dev.sagemaker4j.model.ProductionVariantSummary;
import dev.sagemaker4j.model.fixtures.FixtureRequests;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SageMakerJsonTest {
  private static final ObjectMapper MAPPER = SageMakerJson.mapper();

  private static DescribeEndpointResponse parse(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, DescribeEndpointResponse.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1717243501.219      | 2024-06-01T12:05:01.219Z",
      "1717243513          | 2024-06-01T12:05:13Z",
      "1.717243501219E9    | 2024-06-01T12:05:01.219Z",
      "1.7172435E+9        | 2024-06-01T12:05:00Z",
      "\"1717243501.5\"    | 2024-06-01T12:05:01.500Z",
      "\"2024-06-01T12:05:01.219Z\" | 2024-06-01T12:05:01.219Z",
      "-1.5                | 1969-12-31T23:59:58.500Z",
      "1e-30               | 1970-01-01T00:00:00Z"})
  void timestamps_parseFromEveryNumberForm(String wire, String expected) throws Exception {
    DescribeEndpointResponse r = parse("{\"CreationTime\":" + wire + "}");

    assertEquals(Instant.parse(expected), r.creationTime());
  }

  @Test
  void timestamps_areWrittenAsSecondsWithThreeDecimals() throws Exception {
    ListProcessingJobsRequest r = ListProcessingJobsRequest.builder()
        .creationTimeAfter(Instant.parse("2024-06-01T00:00:00Z"))
        .creationTimeBefore(Instant.parse("1969-12-31T23:59:58.5Z"))
        .lastModifiedTimeAfter(Instant.parse("2024-06-01T00:00:00.000999999Z"))
        .build();

    assertEquals("{\"CreationTimeAfter\":1717200000.000,\"CreationTimeBefore\":-1.500,"
        + "\"LastModifiedTimeAfter\":1717200000.000}", MAPPER.writeValueAsString(r));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1e999999999", "\"yesterday\"", "{}", "true"})
  void timestamps_outOfRangeOrOfTheWrongKind_failWithThePath(String wire) {
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> parse("{\"CreationTime\":" + wire + "}"));

    assertTrue(e.getOriginalMessage().startsWith("CreationTime: expected a timestamp"),
        e.getOriginalMessage());
  }

  @Test
  void unknownEnumValue_survivesARoundTrip() throws Exception {
    String json = "{\"EndpointName\":\"e\",\"EndpointStatus\":\"Hibernating\"}";

    DescribeEndpointResponse r = parse(json);

    assertEquals(EndpointStatus.UNKNOWN_TO_SDK_VERSION, r.endpointStatus());
    assertEquals("Hibernating", r.endpointStatusAsString());
    assertEquals(json, MAPPER.writeValueAsString(r));
  }

  @Test
  void knownEnumValue_readsAsItsConstant() throws Exception {
    DescribeEndpointResponse r = parse("{\"EndpointStatus\":\"InService\"}");

    assertEquals(EndpointStatus.IN_SERVICE, r.endpointStatus());
    assertEquals("InService", r.endpointStatus().toString());
    assertEquals(EndpointStatus.IN_SERVICE, EndpointStatus.fromValue("InService"));
    assertFalse(EndpointStatus.knownValues().contains(EndpointStatus.UNKNOWN_TO_SDK_VERSION));
  }

  @Test
  void builder_rejectsUnknownToSdkVersion_withAHint() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DescribeEndpointResponse.builder()
            .endpointStatus(EndpointStatus.UNKNOWN_TO_SDK_VERSION));

    assertTrue(e.getMessage().contains("pass the value as a string"), e.getMessage());
  }

  @Test
  void unknownMembers_areIgnoredAtAnyDepth() throws Exception {
    DescribeEndpointResponse r = parse("{\"Future\":{\"a\":[1,{\"b\":null}]},\"EndpointName\":"
        + "\"e\",\"ProductionVariants\":[{\"VariantName\":\"v\",\"NewThing\":[[[]]]}]}");

    assertEquals("e", r.endpointName());
    assertEquals("v", r.productionVariants().get(0).variantName());
  }

  @Test
  void nulls_areAbsence_inMembersListsAndMaps() throws Exception {
    DescribeEndpointResponse r = parse("{\"EndpointName\":null,\"ProductionVariants\":"
        + "[null,{\"VariantName\":\"v\"},null],\"FailureReason\":null}");

    assertEquals(null, r.endpointName());
    assertEquals(1, r.productionVariants().size());
    assertFalse(r.failureReason().isPresent());
  }

  @Test
  void numbersAndBooleansAsStrings_areAccepted() throws Exception {
    ProductionVariantSummary v = MAPPER.readValue("{\"VariantName\":\"v\",\"CurrentWeight\":"
        + "\"0.5\",\"CurrentInstanceCount\":\"3\"}", ProductionVariantSummary.class);

    assertEquals(0.5f, v.currentWeight().get());
    assertEquals(3, v.currentInstanceCount().getAsInt());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"ProductionVariants\":[{\"CurrentInstanceCount\":\"many\"}]}"
          + "| ProductionVariants[0].CurrentInstanceCount: expected a number that fits integer",
      "{\"ProductionVariants\":[{\"CurrentInstanceCount\":99999999999}]}"
          + "| ProductionVariants[0].CurrentInstanceCount: expected a number that fits integer",
      "{\"ProductionVariants\":{\"VariantName\":\"v\"}}"
          + "| ProductionVariants: expected a list of ProductionVariantSummary",
      "{\"EndpointName\":{\"x\":1}}| EndpointName: expected a string",
      "{\"DataCaptureConfig\":[]}| DataCaptureConfig: expected an object for DataCaptureConfigSummary"})
  void wrongKinds_failWithTheMemberPath(String json, String message) {
    JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> parse(json));

    assertTrue(e.getOriginalMessage().startsWith(message), e.getOriginalMessage());
  }

  @Test
  void truncatedJson_failsAsAParseError() {
    assertThrows(JsonProcessingException.class, () -> parse("{\"EndpointName\":\"e"));
  }

  @Test
  void anyObjectMapper_usesTheWireForm() throws Exception {
    CreateEndpointRequest request = FixtureRequests.createEndpoint();
    ObjectMapper plain = new ObjectMapper();

    String json = plain.writeValueAsString(request);

    assertEquals(MAPPER.writeValueAsString(request), json);
    assertEquals(request, plain.readValue(json, CreateEndpointRequest.class));
  }

  @Test
  void modelObjects_nestInsideOtherJson() throws Exception {
    CreateEndpointRequest request = FixtureRequests.createEndpoint();
    Map<String, Object> envelope = Map.of("requests", List.of(request));

    String json = MAPPER.writeValueAsString(envelope);

    assertTrue(json.startsWith("{\"requests\":[{\"EndpointName\":\"churn-endpoint\""), json);
  }

  @Test
  void floats_keepTheirShortForm() throws Exception {
    ProductionVariantSummary v = ProductionVariantSummary.builder().variantName("v")
        .currentWeight(0.8f).desiredWeight(Float.NaN).build();

    String json = MAPPER.writeValueAsString(v);

    assertEquals("{\"VariantName\":\"v\",\"CurrentWeight\":0.8,\"DesiredWeight\":\"NaN\"}", json);
    assertEquals(v, MAPPER.readValue(json, ProductionVariantSummary.class));
  }

  @Test
  void listSetEmpty_isWrittenAsAnEmptyArray_andAnUnsetOneNotAtAll() throws Exception {
    CreateEndpointRequest unset = CreateEndpointRequest.builder().endpointName("e")
        .endpointConfigName("c").build();
    CreateEndpointRequest empty = unset.toBuilder().tags(List.of()).build();

    assertEquals("{\"EndpointName\":\"e\",\"EndpointConfigName\":\"c\"}",
        MAPPER.writeValueAsString(unset));
    assertEquals("{\"EndpointName\":\"e\",\"EndpointConfigName\":\"c\",\"Tags\":[]}",
        MAPPER.writeValueAsString(empty));
    assertFalse(unset.hasTags());
    assertTrue(empty.hasTags());
    assertEquals(List.of(), empty.tags());
    assertEquals(List.of(), unset.tags());
    assertFalse(unset.equals(empty), "set-empty and unset are different values");
  }

  @Test
  void parsedEmptyList_staysSet_andWritesBackTheSame() throws Exception {
    String json = "{\"EndpointName\":\"e\",\"EndpointConfigName\":\"c\",\"Tags\":[]}";

    CreateEndpointRequest parsed = MAPPER.readValue(json, CreateEndpointRequest.class);

    assertTrue(parsed.hasTags());
    assertEquals(json, MAPPER.writeValueAsString(parsed));
  }

  @Test
  void builtLists_areCopied_andUnmodifiable() {
    java.util.ArrayList<dev.sagemaker4j.model.Tag> tags = new java.util.ArrayList<>();
    tags.add(dev.sagemaker4j.model.Tag.builder().key("k").value("v").build());
    CreateEndpointRequest request = CreateEndpointRequest.builder().tags(tags).build();
    tags.clear();

    assertEquals(1, request.tags().size());
    assertThrows(UnsupportedOperationException.class, () -> request.tags().clear());
  }

  @Test
  void nullListElement_failsWithTheMemberAndIndex() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> CreateEndpointRequest.builder().tags(
            dev.sagemaker4j.model.Tag.builder().key("k").build(), null));

    assertEquals("Tags[1] must not be null", e.getMessage());
  }

  @Test
  void toString_showsSetMembersByWireName() {
    CreateEndpointRequest request = CreateEndpointRequest.builder().endpointName("e")
        .tags(t -> t.key("k").value("v")).build();

    assertEquals("CreateEndpointRequest(EndpointName=e, Tags=[Tag(Key=k, Value=v)])",
        request.toString());
  }
}
