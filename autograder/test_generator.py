"""Checks of generator.py: G(z), noise (N, latent_dim) -> images (N, C, H, W) in [-1, 1]."""


def test_generator_has_the_lecture_layers(check):
    check("generator.layers")


def test_generator_uses_relu_between_layers_and_tanh_at_the_end(check):
    check("generator.activations")


def test_generator_output_is_an_image_batch_in_tanh_range(check):
    check("generator.output")


def test_generator_computes_the_reference_function(check):
    check("generator.function")
