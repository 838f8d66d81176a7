package org.emotionworkbench.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println("Emotion Workbench");
    }
}
