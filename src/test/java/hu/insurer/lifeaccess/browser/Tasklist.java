package hu.insurer.lifeaccess.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Tasklist as an agent uses it: log in, start a process, open a task from the list, claim, complete. */
final class Tasklist {

    static final String TASK_VIEW = "section.task-details";
    static final String START_DIALOG = ".modal-content";
    private static final By NOTIFICATIONS = By.cssSelector(".notifications");
    private static final By COMPLETE = By.xpath("//section[contains(@class,'task-details')]"
            + "//div[contains(@class,'form-actions')]//button[normalize-space()='Befejezés']");

    private final Browser browser;

    Tasklist(Browser browser) {
        this.browser = browser;
    }

    /** The login page of a Camunda webapp ({@code tasklist}, {@code cockpit}). */
    static void login(Browser browser, String app, String user, String password, String screenshot) {
        browser.open("/camunda/app/" + app + "/");
        // the login form focuses its first field itself once rendered: type until both fields hold what was typed
        browser.until("the login form filled in", driver -> {
            try {
                WebElement name = driver.findElement(By.cssSelector("input[ng-model=username].ng-pristine, "
                        + "input[ng-model=username].ng-dirty"));
                WebElement secret = driver.findElement(By.cssSelector("input[ng-model=password]"));
                name.clear();
                name.sendKeys(user);
                secret.clear();
                secret.sendKeys(password);
                return user.equals(name.getDomProperty("value")) && password.equals(secret.getDomProperty("value"))
                        ? Boolean.TRUE : null;
            } catch (WebDriverException e) {
                return null; // not rendered yet, or rendered again meanwhile
            }
        });
        HungarianPage.check(browser, app, "the login page of " + app);
        if (screenshot != null) {
            browser.screenshot(screenshot);
        }
        browser.click(By.xpath(
                "//form[@name='signinForm']//button[@type='submit' and normalize-space()='Bejelentkezés']"));
        browser.until("logged into " + app, driver -> driver.getCurrentUrl().contains("/login") ? null : Boolean.TRUE);
    }

    void login(String user, String screenshot) {
        login(browser, "tasklist", user, user, screenshot);
        browser.visible(By.partialLinkText("Folyamat indítása"));
    }

    /** Waits until the filter (the agents have one: "Saját ügyeim feladatai") shows its task count and its list. */
    void waitForTaskList(String filterName) {
        By counter = By.xpath("//*[contains(@class,'task-filter') and contains(@class,'active')]//a[contains("
                + "normalize-space(), " + CamundaForm.xpathLiteral(filterName) + ")]/span[contains(@class,'counter')]");
        browser.until("filter " + filterName + " chosen, with its count", driver -> driver.findElements(counter)
                .stream().anyMatch(element -> element.getText().matches("\\d+")) ? Boolean.TRUE : null);
        browser.until("the task list loaded", ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[cam-tasks] .loader")));
        HungarianPage.check(browser, "tasklist", "the task list");
    }

    /** Folds the filter column away (Tasklist remembers it), so that the task's form has room for its tables. */
    void collapseFilters() {
        browser.click(By.cssSelector("button.region-toggle[data-region='filters']"));
    }

    /** Closes the messages at the top ("The process has been started." and the like), as the agent would. */
    void dismissNotifications() {
        for (WebElement close : browser.driver().findElements(By.cssSelector(".notifications .alert button.close"))) {
            try {
                if (close.isDisplayed()) {
                    close.click();
                }
            } catch (WebDriverException e) {
                // gone by itself meanwhile
            }
        }
        browser.until("no notification", driver -> {
            try {
                return driver.findElements(By.cssSelector(".notifications .alert")).stream()
                        .noneMatch(WebElement::isDisplayed) ? Boolean.TRUE : null;
            } catch (StaleElementReferenceException e) {
                // one went away while it was looked at: look again
                return null;
            }
        });
    }

    void openStartDialog() {
        browser.click(By.partialLinkText("Folyamat indítása"));
        browser.visible(By.cssSelector(START_DIALOG + " ul.processes"));
        HungarianPage.check(browser, "tasklist", "the start dialog");
    }

    /** Picks the process in the start dialog and waits for its start form. */
    CamundaForm chooseProcess(String processName, String firstFieldId) {
        browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()="
                + CamundaForm.xpathLiteral(processName) + "]"));
        CamundaForm form = new CamundaForm(browser, START_DIALOG).waitFor(firstFieldId);
        HungarianPage.check(browser, "tasklist", "the start form of " + processName);
        return form;
    }

    void clickStart() {
        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Indítás']"));
    }

    /** Waits until the start dialog is closed (the process started). */
    void waitForStartDialogClosed() {
        browser.until("the start dialog to close",
                ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(START_DIALOG)));
    }

    /** Clicks the task in the filter's list, as the agent does, and waits for its form; claims it if nobody has. */
    CamundaForm openTask(String taskId, String firstFieldId) {
        By link = By.cssSelector("ol.tasks-list a[href='#/?task=" + taskId + "']");
        By opened = By.cssSelector("ol.tasks-list li.active a[href='#/?task=" + taskId + "']");
        // the list reloads itself (after a completion, and every few seconds): click again if it did meanwhile
        browser.until("task " + taskId + " in the list, opened", driver -> {
            if (!driver.findElements(opened).isEmpty()) {
                return Boolean.TRUE;
            }
            try {
                WebElement element = driver.findElement(link);
                browser.scrollIntoView(element);
                element.click();
            } catch (WebDriverException e) {
                // not listed yet, or replaced by a reload while clicking: try again
            }
            return null;
        });
        CamundaForm form = new CamundaForm(browser, TASK_VIEW).waitFor(firstFieldId);
        if (!browser.driver().findElements(By.cssSelector(TASK_VIEW + " button.claim")).isEmpty()) {
            browser.waitForText(By.cssSelector(TASK_VIEW + " button.claim"), "Átvétel");
            browser.click(By.cssSelector(TASK_VIEW + " button.claim"));
            browser.visible(By.cssSelector(TASK_VIEW + " button.unclaim"));
            form.waitFor(firstFieldId);
        }
        HungarianPage.check(browser, "tasklist", "the task form with " + firstFieldId);
        return form;
    }

    /** Scrolls the form down to its Complete button (for a screenshot of a filled-in form). */
    void showCompleteButton() {
        browser.scrollIntoView(browser.visible(COMPLETE));
    }

    void clickComplete() {
        // "You are assigned to the following tasks in the same process" would lie over the button
        dismissNotifications();
        browser.click(COMPLETE);
    }

    /** Completes the open task and waits until Tasklist has taken it off the list. */
    void complete(String taskId) {
        clickComplete();
        // Tasklist leaves the task's view once the server has completed it
        browser.until("task " + taskId + " completed", ExpectedConditions.and(
                driver -> !driver.getCurrentUrl().contains("task=" + taskId),
                ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("ol.tasks-list a[href='#/?task=" + taskId + "']"))));
    }

    /** Waits for a notification (Tasklist's messages at the top or in the start dialog) containing {@code text}. */
    WebElement waitForNotification(String text) {
        return browser.until("a notification with \"" + text + "\"", driver -> driver.findElements(NOTIFICATIONS)
                .stream().filter(element -> element.getText().contains(text)).findFirst().orElse(null));
    }

    String notifications() {
        return String.join("\n", browser.driver().findElements(NOTIFICATIONS).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList());
    }
}
