/**
 * Interactions: the /interactions page, the severity scales that rank them, and their
 * admins.
 */
package org.baclofen.reference.interaction;
