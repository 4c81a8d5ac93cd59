package org.baclofen.reference.titration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.baclofen.reference.adverse.AdverseEffect;
import org.baclofen.reference.adverse.AdverseEffectRepository;
import org.baclofen.reference.content.Route;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Patient handouts for a plan or a taper: the side effects come from the stored adverse
 * effects (the oral ones the sources give a frequency for, in the order the reference
 * lists them) in their patient wording, never the clinical term; and the PDF is the
 * handout page itself rendered by openhtmltopdf with the same stylesheet, so the printed
 * page and the PDF say and show the same: the words, the lines and the boxes to tick.
 */
@Service
public class PatientHandouts {

	static final String TEMPLATE = "titration/handout";

	private static final String STYLE = stylesheet();

	/**
	 * The sheet the PDF is laid out on; the page's CSS sets only margins, so the same
	 * page fits both.
	 */
	public enum Paper {

		A4(210, 297, PageSizeUnits.MM), LETTER(8.5f, 11, PageSizeUnits.INCHES);

		private final float width;

		private final float height;

		private final PageSizeUnits units;

		Paper(float width, float height, PageSizeUnits units) {
			this.width = width;
			this.height = height;
			this.units = units;
		}

	}

	private final AdverseEffectRepository adverseEffects;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	PatientHandouts(AdverseEffectRepository adverseEffects, ITemplateEngine templates, MessageSource messages) {
		this.adverseEffects = adverseEffects;
		this.templates = templates;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public PatientHandout of(TitrationService.DatedPlan plan, boolean taper) {
		List<String> sideEffects = this.adverseEffects.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.filter((effect) -> effect.getRoute() != Route.INTRATHECAL && effect.isQuantified())
			.map(AdverseEffect::getPatientWording)
			.filter((wording) -> wording != null)
			.toList();
		Locale locale = LocaleContextHolder.getLocale();
		return PatientHandout.of(plan, taper, sideEffects,
				(time) -> this.messages.getMessage("handout.time." + time.name(), null, locale).toLowerCase(locale));
	}

	/**
	 * The handout page as a PDF on the chosen paper, its stylesheet inlined: the renderer
	 * reads no other file, and the boxes and lines the stylesheet draws are on the paper.
	 */
	public byte[] pdf(PatientHandout handout, Paper paper, Locale locale) {
		String xhtml = this.templates.process(TEMPLATE,
				new Context(locale, Map.of("handout", handout, "paper", paper, "pdf", true, "css", STYLE)));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode()
				.withHtmlContent(xhtml, null)
				.useUriResolver((base, uri) -> null)
				.useDefaultPageSize(paper.width, paper.height, paper.units)
				.withProducer("Baclofen Reference")
				.toStream(pdf)
				.run();
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		return pdf.toByteArray();
	}

	/** The stylesheet the page links, read once to inline it into the PDF. */
	private static String stylesheet() {
		try (InputStream css = PatientHandouts.class.getResourceAsStream("/static/css/handout.css")) {
			if (css == null) {
				throw new IllegalStateException("The handout stylesheet is missing from the classpath");
			}
			return new String(css.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
