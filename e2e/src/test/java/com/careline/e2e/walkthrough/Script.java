package com.careline.e2e.walkthrough;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shell the walk-throughs are written in, read as bash reads it, and no more: commands end at a newline or
 * {@code ;}; a word joins unquoted text, {@code '...'} and {@code "..."} (where {@code $NAME}, {@code ${NAME}} and
 * {@code $(...)} are expanded, as they are unquoted); a backslash ends a line that goes on; {@code |} pipes;
 * {@code #} starts a comment, which is kept: the {@code # ->} comments under a command say what it answers.
 * Commands are read one at a time, since a {@code $(...)} runs when its word is read.
 */
final class Script {

    /** One command as read: its words per pipeline stage, the line it starts on, the comments right after it. */
    record Command(List<List<String>> stages, int line, List<String> comments) {
    }

    private final String text;
    private final Map<String, String> variables;
    private final Function<String, String> substitution;
    private int at;
    private int line = 1;

    /** {@code substitution} runs the text of a {@code $(...)} and gives what it printed. */
    Script(String text, Map<String, String> variables, Function<String, String> substitution) {
        this.text = text;
        this.variables = variables;
        this.substitution = substitution;
    }

    int line() {
        return line;
    }

    /** The next command, or null at the end; blank lines and comments between commands are passed over. */
    Command next() {
        skipBlanksAndComments();
        if (at >= text.length()) {
            return null;
        }
        int start = line;
        List<List<String>> stages = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n' || c == ';') {
                at++;
                if (c == '\n') {
                    line++;
                }
                break;
            } else if (c == ' ' || c == '\t') {
                at++;
            } else if (c == '\\' && peek(1) == '\n') {
                at += 2;
                line++;
            } else if (c == '#') {
                comments.add(restOfLine());
            } else if (c == '|') {
                at++;
                stages.add(words);
                words = new ArrayList<>();
            } else {
                words.add(word());
            }
        }
        stages.add(words);
        // the comment lines right under the command belong to it
        while (at < text.length()) {
            int save = at;
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '#') {
                comments.add(restOfLine());
                if (at < text.length()) {
                    at++;
                    line++;
                }
            } else {
                at = save;
                break;
            }
        }
        return new Command(stages, start, comments);
    }

    private void skipBlanksAndComments() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                line++;
                at++;
            } else if (Character.isWhitespace(c) || c == ';') {
                at++;
            } else if (c == '#') {
                restOfLine();
            } else {
                return;
            }
        }
    }

    private String restOfLine() {
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end;
        String comment = text.substring(at, end);
        at = end;
        return comment;
    }

    private String word() {
        StringBuilder w = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c) || c == '|' || c == ';') {
                break;
            } else if (c == '\'') {
                int end = text.indexOf('\'', at + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("line " + line + ": a ' is not closed");
                }
                String quoted = text.substring(at + 1, end);
                line += (int) quoted.chars().filter(ch -> ch == '\n').count();
                w.append(quoted);
                at = end + 1;
            } else if (c == '"') {
                at++;
                while (at < text.length() && text.charAt(at) != '"') {
                    char d = text.charAt(at);
                    if (d == '\\' && "\"\\$`".indexOf(peek(1)) >= 0) {
                        w.append(peek(1));
                        at += 2;
                    } else if (d == '$') {
                        w.append(expansion());
                    } else {
                        if (d == '\n') {
                            line++;
                        }
                        w.append(d);
                        at++;
                    }
                }
                at++;
            } else if (c == '$') {
                w.append(expansion());
            } else if (c == '\\') {
                w.append(peek(1));
                at += 2;
            } else {
                w.append(c);
                at++;
            }
        }
        return w.toString();
    }

    /** At a {@code $}: the variable's value or what the command printed. */
    private String expansion() {
        at++;
        char c = peek(0);
        if (c == '(') {
            int depth = 0;
            int start = at + 1;
            boolean single = false;
            boolean dbl = false;
            for (; at < text.length(); at++) {
                char d = text.charAt(at);
                if (d == '\n') {
                    line++;
                }
                if (d == '\'' && !dbl) {
                    single = !single;
                } else if (d == '"' && !single) {
                    dbl = !dbl;
                } else if (!single && !dbl && d == '(') {
                    depth++;
                } else if (!single && !dbl && d == ')' && --depth == 0) {
                    break;
                }
            }
            String inner = text.substring(start, at);
            at++;
            return substitution.apply(inner).stripTrailing();
        }
        String name;
        if (c == '{') {
            int end = text.indexOf('}', at);
            name = text.substring(at + 1, end);
            at = end + 1;
        } else {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            name = text.substring(start, at);
        }
        if (name.isEmpty()) {
            return "$";
        }
        String value = variables.get(name);
        if (value == null) {
            throw new IllegalArgumentException("line " + line + ": $" + name + " is not set");
        }
        return value;
    }

    private char peek(int ahead) {
        return at + ahead < text.length() ? text.charAt(at + ahead) : '\0';
    }
}
