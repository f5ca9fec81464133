/**
 * Spring Boot auto-configuration of the SageMaker clients from {@code sagemaker4j.*} properties
 * ({@code dev.sagemaker4j.spring}) and the test support that points them at the embedded
 * stand-in ({@code dev.sagemaker4j.spring.local}, with {@code sagemaker-testing} present).
 *
 * <p>Spring Boot's own jars are automatic modules; both packages are open to Spring, which binds
 * the properties and calls the configuration reflectively.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.sagemaker4j.spring {
  requires transitive dev.sagemaker4j.client;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires transitive spring.context;
  requires spring.beans;
  requires spring.core;
  requires org.slf4j;
  requires static dev.sagemaker4j.testing;
  requires static spring.test;

  exports dev.sagemaker4j.spring;
  exports dev.sagemaker4j.spring.local;

  opens dev.sagemaker4j.spring to spring.beans, spring.context, spring.core, spring.boot;
  opens dev.sagemaker4j.spring.local to spring.beans, spring.context, spring.core, spring.boot;
}
