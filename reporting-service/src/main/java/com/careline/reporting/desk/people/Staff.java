package com.careline.reporting.desk.people;

import java.util.List;

/** A staff member in the directory: where they work, their roles and where their mail goes. */
public record Staff(String username, String name, String email, String branch, List<String> roles) {
}
