/**
 * Platform: what every module shares and no module owns — the data directory, the embedded
 * PostgreSQL default, JSON Schema validation of documents, RFC 9457 problem responses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.koto.platform;
