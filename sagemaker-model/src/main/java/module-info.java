/**
 * The SageMaker data model: the generated request, response and enum types with their checker
 * ({@code dev.sagemaker4j.model}) and their JSON form for any Jackson {@code ObjectMapper}
 * ({@code dev.sagemaker4j.model.json}).
 *
 * <p>{@code dev.sagemaker4j.model.internal} (schemas, the JSON codec) is for the sibling modules
 * only; Jackson may instantiate the two serializers it holds, which every generated type names.
 */
@SuppressWarnings("module") // the sibling modules are compiled after this one
module dev.sagemaker4j.model {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.jspecify;

  exports dev.sagemaker4j.model;
  exports dev.sagemaker4j.model.json;
  exports dev.sagemaker4j.model.internal to
      dev.sagemaker4j.client,
      dev.sagemaker4j.testing;

  opens dev.sagemaker4j.model.internal to com.fasterxml.jackson.databind;
}
