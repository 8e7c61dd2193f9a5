from .cli import main
from .quiet import hide_tensorflow_noise

hide_tensorflow_noise()  # before TensorFlow starts

main()
