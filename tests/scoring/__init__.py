"""Tests of mtcheck.scoring, mtcheck score and references/."""
