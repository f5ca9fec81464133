package dev.sagemaker4j.testing.internal;

import java.util.Map;

/**
 * An HTTP response the stand-in sends.
 *
 * @param status the HTTP status
 * @param headers the headers, one value each
 * @param body the body, possibly empty
 */
record WireResponse(int status, Map<String, String> headers, byte[] body) {}
