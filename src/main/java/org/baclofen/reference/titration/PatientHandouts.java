package org.baclofen.reference.titration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.baclofen.reference.adverse.AdverseEffect;
import org.baclofen.reference.adverse.AdverseEffectRepository;
import org.baclofen.reference.content.Route;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Patient handouts for a plan or a taper: the side effects to call about come from the
 * stored adverse effects (the oral ones the sources give a frequency for, in the order
 * the reference lists them), and the PDF is the handout page itself rendered by
 * openhtmltopdf, so the printed page and the PDF say the same.
 */
@Service
public class PatientHandouts {

	static final String TEMPLATE = "titration/handout";

	private static final String STYLESHEET = "/assets/css/handout.css";

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

	PatientHandouts(AdverseEffectRepository adverseEffects, ITemplateEngine templates) {
		this.adverseEffects = adverseEffects;
		this.templates = templates;
	}

	@Transactional(readOnly = true)
	public PatientHandout of(TitrationService.DatedPlan plan, boolean taper) {
		List<String> sideEffects = this.adverseEffects.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.filter((effect) -> effect.getRoute() != Route.INTRATHECAL && effect.isQuantified())
			.map(AdverseEffect::getName)
			.toList();
		return PatientHandout.of(plan, taper, sideEffects);
	}

	/** The handout page as a PDF on the chosen paper. */
	public byte[] pdf(PatientHandout handout, Paper paper, Locale locale) {
		String xhtml = this.templates.process(TEMPLATE,
				new Context(locale, Map.of("handout", handout, "paper", paper, "pdf", true)));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode()
				.withHtmlContent(xhtml, null)
				.useUriResolver((base, uri) -> stylesheet(uri))
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

	/**
	 * The page links its stylesheet by its web path; the PDF reads the same file, and
	 * nothing else, from the classpath.
	 */
	private static String stylesheet(String uri) {
		URL resource = STYLESHEET.equals(uri) ? PatientHandouts.class.getResource("/static/css/handout.css") : null;
		return (resource != null) ? resource.toExternalForm() : null;
	}

}
