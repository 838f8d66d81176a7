package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Fer2013Csv;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.ManifestEntry;
import org.emotionworkbench.dataset.manifest.ManifestLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a labelled copy as class folders: <out>/{train,test}/<class>/ (or <out>/<class>/ when there is",
                "no test split). Files are copied or hard-linked, never moved or altered; a FER2013 CSV is written as 48x48 PNGs."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "<data>", description = "Folder (with source options), FER2013 .csv or manifest.")
    String data;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "New or empty output folder.")
    Path out;

    @Option(names = "--link", description = "Hard-link instead of copying (same file system only).")
    boolean link;

    @Mixin
    SourceMixin sourceOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new UserError("output folder is not empty: " + out + " (export never overwrites)");
                }
            }
        }
        int written;
        if (DataSources.kind(data) == DataSources.Kind.FER2013_CSV) {
            written = exportCsv(Fer2013Csv.load(Path.of(data)));
        } else {
            Manifest m = DataSources.manifest(data, sourceOptions.toSourceOptions());
            ManifestLoader.files(m, Path.of(data)); // fails before writing anything if a file is missing
            boolean splitFolders = !m.entries(DataSplit.TEST).isEmpty();
            Set<Path> used = new HashSet<>();
            for (ManifestEntry e : m.entries()) {
                Path dir = folder(splitFolders, e.split(), e.label().label());
                Path dest = unique(dir, e.file().getFileName().toString(), used);
                Files.createDirectories(dir);
                if (link) {
                    Files.createLink(dest, e.file());
                } else {
                    Files.copy(e.file(), dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            written = m.size();
        }
        o.printf("exported %d images to %s (%s)%n", written, out, link ? "hard links" : "copies");
        o.flush();
        return 0;
    }

    private Path folder(boolean splitFolders, DataSplit split, String label) {
        return splitFolders ? out.resolve(split.folderName()).resolve(label) : out.resolve(label);
    }

    private static Path unique(Path dir, String name, Set<Path> used) {
        Path p = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; !used.add(p); i++) {
            p = dir.resolve(stem + "-" + i + ext);
        }
        return p;
    }

    private int exportCsv(LoadedDataset ds) throws IOException {
        boolean splitFolders = !ds.test().isEmpty();
        int n = 0;
        for (DataSplit split : DataSplit.values()) {
            List<Sample> samples = split == DataSplit.TRAIN ? ds.train() : ds.test();
            for (Sample s : samples) {
                Path dir = folder(splitFolders, split, s.label().label());
                Files.createDirectories(dir);
                String line = s.source().substring(s.source().lastIndexOf("#line") + 5);
                BufferedImage img = new BufferedImage(ImageGeometry.SIDE, ImageGeometry.SIDE, BufferedImage.TYPE_BYTE_GRAY);
                float[] px = s.pixels();
                for (int i = 0; i < px.length; i++) {
                    img.getRaster().setSample(i % ImageGeometry.SIDE, i / ImageGeometry.SIDE, 0, Math.round(px[i] * 255f));
                }
                ImageIO.write(img, "png", dir.resolve("fer" + String.format("%05d", Integer.parseInt(line)) + ".png").toFile());
                n++;
            }
        }
        return n;
    }
}
