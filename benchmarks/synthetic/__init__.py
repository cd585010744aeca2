"""Synthetic evaluation: clean English news text from a seeded generator, artefact injectors, a scorer.

* :mod:`benchmarks.synthetic.generator` writes clean, varied English news articles from the sentence
  material in ``material/`` (topics, cast, pools), deterministically from a seed.
* :mod:`benchmarks.synthetic.injectors` plants one kind of machine-translation artefact into a clean
  text and returns the gold spans of what it planted.
* :mod:`benchmarks.synthetic.evaluate` lints injected and clean documents and scores each detector.
"""
