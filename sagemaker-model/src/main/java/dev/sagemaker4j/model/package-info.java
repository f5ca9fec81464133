/** Request and response types of the SageMaker API, generated from the service model. */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jacksonIntegration = false,
    defaults = @Value.Immutable(copy = false),
    privateNoargConstructor = false)
package dev.sagemaker4j.model;

import org.immutables.value.Value;
