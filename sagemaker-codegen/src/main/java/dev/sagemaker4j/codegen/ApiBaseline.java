package dev.sagemaker4j.codegen;

/** What an earlier release published: the form of each member accessor it knows. */
interface ApiBaseline {
  /** A baseline that knows nothing: every accessor takes the form the model gives it. */
  ApiBaseline NONE = (type, accessor) -> null;

  /**
   * Whether the accessor {@code type.accessor()} was published plain (true), as an {@code
   * Optional} (false), or not at all (null).
   */
  Boolean plainAccessor(String type, String accessor);
}
