from pathlib import Path

from setuptools import find_packages, setup

setup(
    name="starmind-edge",
    version="0.1.0",
    description="A tiny, offline language model a child runs on a Raspberry Pi Zero 2 W",
    long_description=Path(__file__).with_name("README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="MIT",
    python_requires=">=3.11",
    packages=find_packages(include=["starmind_edge", "starmind_edge.*", "trainer", "trainer.*"]),
    package_data={
        # the runtime's part of the default bundle (weights.npz, for the trainer, stays in the source checkout)
        "starmind_edge": [
            "blocklist.txt",
            *(f"models/default/{f}" for f in ("model.tflite", "tokenizer.model", "card.json", "knowledge.sqlite")),
            "models/default/hearing/*",
        ],
        "trainer": [
            *("dev_set.jsonl", "blind_set.jsonl", "safeguarding_set.jsonl", "safeguarding_fresh_set.jsonl", "*.md"),
            *("held_out_facts_set.jsonl", "near_miss_set.jsonl", "unknowable_set.jsonl"),
            *("knowledge/facts.csv", "knowledge/english.txt", "knowledge/handwritten/*.csv", "knowledge/review/*.csv"),
        ],
    },
    install_requires=[
        "numpy>=1.26",
        "sentencepiece>=0.2",
        # LiteRT has wheels for x86_64 and aarch64 Linux; on other machines an installed TensorFlow is used instead.
        "ai-edge-litert>=2.3; platform_machine=='x86_64' or platform_machine=='aarch64' or platform_machine=='AMD64'",
        # The robot helpers; on a laptop they use gpiozero's pretend pins, so every example runs anywhere.
        "gpiozero>=2.0",
    ],
    extras_require={
        "train": [
            "tensorflow-cpu==2.21.0; platform_machine=='x86_64'",
            "tensorflow==2.21.0; platform_machine!='x86_64'",
            "keras==3.15.1",
            "matplotlib>=3.8",
            "textstat>=0.7",  # its Dale-Chall word list is the kid-vocabulary filter
        ],
        # Only to regenerate trainer/knowledge/facts.csv from its sources (with apt wordnet-base bsdgames dict-elements)
        "knowledge": ["countryinfo==1.0.1", "meaningull==1.0.0", "wordfreq>=3.1", "inflect>=7", "textstat>=0.7"],
        "pi": ["gpiozero>=2.0"],
        "voice": ["pocketsphinx>=5.1,<6"],  # speech in: its English acoustic model ships inside the wheel
        "test": ["pytest>=8", "cairosvg>=2.7", "hypothesis>=6.100", "pocketsphinx>=5.1,<6"],
    },
    entry_points={"console_scripts": ["starmind=starmind_edge.cli:main"]},
    classifiers=[
        "Programming Language :: Python :: 3",
        "License :: OSI Approved :: MIT License",
        "Operating System :: POSIX :: Linux",
        "Topic :: Education",
    ],
)
