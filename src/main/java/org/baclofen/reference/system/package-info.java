/**
 * What every page and API shares: security, form binding and input bounds, errors, JSON,
 * locale and the clock.
 */
package org.baclofen.reference.system;
