/**
 * What all content shares: reviewed and cited base entities, the sources they cite, the
 * repository every kind extends, and the route (oral or intrathecal) items apply to.
 * Depends on no feature package.
 */
package org.baclofen.reference.content;
