package dev.sagemaker4j.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small application that deploys models through the auto-configured {@code SageMakerClient}:
 * the README's example. Against AWS it reads {@code sagemaker4j.region} and friends from its
 * properties; its tests run it against the local stand-in.
 */
@SpringBootApplication
public class ModelDeploymentApplication {
  public static void main(String[] args) {
    SpringApplication.run(ModelDeploymentApplication.class, args);
  }
}
