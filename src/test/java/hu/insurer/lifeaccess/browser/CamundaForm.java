package hu.insurer.lifeaccess.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js 1.8) as Tasklist renders it, inside {@code root} (the start dialog or the task view).
 * form-js gives each input the id {@code fjs-form-<random>-<field id>}, so fields are found by the end of their id.
 */
final class CamundaForm {

    private final Browser browser;
    private final String root;

    CamundaForm(Browser browser, String rootCss) {
        this.browser = browser;
        this.root = rootCss;
    }

    /** Waits until the form is rendered, with the given field (a select shows a display element, a date one). */
    CamundaForm waitFor(String fieldId) {
        String prefix = root + " .fjs-form [id$='-" + fieldId;
        browser.visible(By.cssSelector(prefix + "'], " + prefix + "-display'], " + prefix + "-date'], "
                + prefix + "-0']"));
        return this;
    }

    By field(String fieldId) {
        return By.cssSelector(root + " .fjs-form [id$='-" + fieldId + "']");
    }

    /** A text field: what the agent types replaces what was there. */
    CamundaForm type(String fieldId, String text) {
        WebElement input = browser.clickable(field(fieldId));
        browser.scrollIntoView(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        return this;
    }

    /** A date field (form-js datepicker): typed in the browser's date format, then the field is left. */
    CamundaForm typeDate(String fieldId, String text) {
        WebElement input = browser.clickable(By.cssSelector(root + " .fjs-form [id$='-" + fieldId + "-date']"));
        browser.scrollIntoView(input);
        input.click();
        input.sendKeys(text, Keys.TAB);
        return this;
    }

    /** form-js select: a dropdown of its own; click it, then click the option that shows {@code optionText}. */
    CamundaForm select(String fieldId, String optionText) {
        browser.click(By.cssSelector(root + " .fjs-form [id$='-" + fieldId + "-display']"));
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and contains(normalize-space(), "
                + xpathLiteral(optionText) + ")]"));
        browser.waitForText(By.cssSelector(root + " .fjs-form [id$='-" + fieldId + "-display']"), optionText);
        return this;
    }

    /** The radio button of a group whose label reads {@code label}. */
    CamundaForm choose(String fieldId, String label) {
        List<WebElement> options = browser.driver().findElements(
                By.cssSelector(root + " .fjs-form input[type=radio][id*='-" + fieldId + "-']"));
        WebElement option = options.stream()
                .filter(input -> labelOf(input).equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option \"" + label + "\" in " + fieldId + ": "
                        + options.stream().map(this::labelOf).toList()));
        browser.scrollIntoView(option);
        option.click();
        return this;
    }

    CamundaForm check(String fieldId) {
        WebElement box = browser.clickable(field(fieldId));
        browser.scrollIntoView(box);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Scrolls the element that shows {@code text} into the middle of the view (for a screenshot of that part). */
    CamundaForm show(String text) {
        browser.scrollIntoView(browser.visible(By.xpath("//*[contains(@class,'fjs-form')]//*[contains(normalize-space(), "
                + xpathLiteral(text) + ") and not(.//*[contains(normalize-space(), " + xpathLiteral(text) + ")])]")));
        return this;
    }

    CamundaForm showField(String fieldId) {
        browser.scrollIntoView(browser.driver().findElement(field(fieldId)));
        return this;
    }

    /** The visible text of the form. */
    String text() {
        return browser.visible(By.cssSelector(root + " .fjs-form")).getText();
    }

    /** How many of the form's tables must be scrolled sideways to be read whole. */
    long tablesWiderThanTheForm() {
        return ((Number) browser.script("""
                return Array.from(document.querySelectorAll(arguments[0] + ' .fjs-form .fjs-table-inner-container'))
                  .filter(table => table.scrollWidth > table.clientWidth + 1).length;""", root)).longValue();
    }

    /** The link (markdown in a text component) whose text contains {@code text}. */
    WebElement link(String text) {
        return browser.visible(By.xpath("//*[contains(@class,'fjs-form')]//a[contains(normalize-space(), "
                + xpathLiteral(text) + ")]"));
    }

    private String labelOf(WebElement input) {
        return input.findElement(By.xpath("./ancestor::label[1]")).getText().trim();
    }

    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
