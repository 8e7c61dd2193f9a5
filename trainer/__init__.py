"""The Starmind trainer (Keras 3, TensorFlow backend): data, tokenizer, model, training, conversion, evaluation."""
