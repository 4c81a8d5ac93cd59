package org.baclofen.reference.cache;

import java.time.Clock;

import org.baclofen.reference.audit.PublishedRevisions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The rendered-page cache, on unless {@code baclofen.page-cache.enabled=false} (the
 * benchmark turns it off to show what rendering costs);
 * {@code baclofen.page-cache.max-size} bounds the bytes it holds.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "baclofen.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new UnreadableRevision());
	}

	/** Just after Spring Security's filter chain: it needs to know who is signed in. */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PublishedRevisions revisions, PageCacheSettings settings,
			Clock clock) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(revisions, new PageCache(settings.maxSize()), clock));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
