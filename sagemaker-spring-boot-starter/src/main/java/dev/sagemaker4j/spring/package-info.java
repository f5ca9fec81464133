/**
 * Spring Boot auto-configuration of the SageMaker clients from {@code sagemaker4j.*} properties.
 */
package dev.sagemaker4j.spring;
