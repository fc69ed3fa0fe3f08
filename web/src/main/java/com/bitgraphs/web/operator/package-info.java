/**
 * The operator API under {@code /api/v1/operator}, guarded by the operator key from configuration: the
 * token door's registrations. Disabled while no key is configured.
 */
package com.bitgraphs.web.operator;
