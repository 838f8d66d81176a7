package org.emotionworkbench.ui.compare;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.run.RunFolderFixture;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.emotionworkbench.run.RunFolderFixture.rightFirst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    @TempDir
    static Path tmp;
    private WorkbenchContext context;
    private CompareView view;

    @Start
    void start(Stage stage) throws Exception {
        Path runs = tmp.resolve("ws/runs");
        RunFolderFixture.at(runs.resolve("tiny-s1")).label("tiny-s1").seed(1).ownTest(rightFirst(70, 35)).write();
        RunFolderFixture.at(runs.resolve("tiny-s2")).label("tiny-s2").seed(2).ownTest(rightFirst(70, 49)).write();
        RunFolderFixture.at(runs.resolve("other-s3")).label("other-s3").seed(3).trainRoot("/data/other")
                .ownTest(rightFirst(70, 42)).write();
        context = new WorkbenchContext(Platform::runLater, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withoutCache());
        view = new CompareView(context);
        stage.setScene(new Scene(view, 1400, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<RunRow> table(FxRobot robot) {
        return robot.lookup("#runs-table").queryAs(TableView.class);
    }

    private Node rowNode(FxRobot robot, String name) {
        return robot.lookup("#runs-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && ((RunRow) r.getItem()).name().equals(name))
                .findFirst().orElseThrow();
    }

    private Node pickCell(FxRobot robot, String name) {
        return robot.from(rowNode(robot, name)).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "runs-col-compare".equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void choosingTwoRunsShowsTheirDiffBarsAndMcNemar(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        robot.clickOn(rowNode(robot, "tiny-s1"));
        robot.clickOn(pickCell(robot, "tiny-s2")); // the tick box adds a row to the choice
        assertEquals(Set.of("tiny-s1", "tiny-s2"),
                Set.copyOf(view.viewModel().selected().stream().map(RunRow::name).toList()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().mcnemarRows().size() == 1
                && view.viewModel().bars().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> highlighted = robot.lookup("#config-diff .config-differs").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getText() != null).map(c -> (String) c.getText()).toList();
        assertTrue(highlighted.contains("training.seed"), highlighted.toString());
        assertTrue(highlighted.contains("1") && highlighted.contains("2"), highlighted.toString());
        assertTrue(robot.lookup("#config-diff .table-cell").queryAllAs(TableCell.class).stream()
                .noneMatch(c -> "model.name".equals(c.getText())), "only differing settings by default");
        robot.clickOn("#config-show-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#config-diff .table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "model.name".equals(c.getText())));

        ErrorBarChart chart = robot.lookup("#metric-chart").queryAs(ErrorBarChart.class);
        assertEquals(2, chart.getData().get(0).getData().size(), "a bar per run");
        assertEquals(6, robot.lookup("#metric-chart .error-bar").queryAll().size(), "a whisker and two caps per bar");

        TableView<?> mcnemar = robot.lookup("#mcnemar-table").queryAs(TableView.class);
        assertEquals(1, mcnemar.getItems().size());
        assertTrue(robot.lookup("#mcnemar-table .table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "tiny-s2 is better".equals(c.getText())));

        // a third run on other images: the message says why it is not tested
        robot.press(KeyCode.CONTROL).clickOn(rowNode(robot, "other-s3")).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().bars().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#mcnemar-message").queryLabeled().getText()
                .contains("pairs of runs were not evaluated on the same images"));
    }

    @Test
    void clickingAHeaderSortsByThatColumn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        robot.clickOn(robot.lookup(".column-header").match(n -> "runs-col-accuracy".equals(n.getId())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("tiny-s1", "other-s3", "tiny-s2"), table(robot).getItems().stream().map(RunRow::name).toList());
    }

    @Test
    void aNarrowWindowKeepsTheHeadersTitleAndButtonsWhole(FxRobot robot) {
        robot.interact(() -> view.getScene().getWindow().setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#export-report", "#add-folder", "#refresh-runs")) {
            javafx.scene.control.Labeled l = robot.lookup(id).queryAs(javafx.scene.control.Labeled.class);
            assertEquals(l.getText(), ((javafx.scene.text.Text) l.lookup(".text")).getText(), id);
        }
        javafx.scene.control.Labeled title = robot.lookup(".section-title").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().filter(l -> "Compare runs and studies".equals(l.getText())).findFirst().orElseThrow();
        assertEquals(title.getText(), ((javafx.scene.text.Text) title.lookup(".text")).getText());
    }
}
