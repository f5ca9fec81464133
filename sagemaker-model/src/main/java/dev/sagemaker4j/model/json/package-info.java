/** SageMaker's JSON form of the model types, through a preconfigured Jackson mapper. */
package dev.sagemaker4j.model.json;
