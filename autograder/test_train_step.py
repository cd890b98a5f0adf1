"""Checks of train_step.py: the two losses and one GAN iteration (D update, then G update)."""


def test_discriminator_loss_sums_the_real_and_fake_bce_terms(check):
    check("losses.discriminator")


def test_generator_loss_is_the_non_saturating_bce(check):
    check("losses.generator")


def test_train_step_returns_d_loss_and_g_loss_as_floats(check):
    check("step.returns")


def test_train_step_steps_d_then_g_each_with_its_own_optimizer(check):
    check("step.optimizers")


def test_train_step_sends_no_gradient_into_g_during_d_update(check):
    check("step.detach")


def test_train_step_zeroes_gradients_before_each_backward(check):
    check("step.zero_grad")


def test_train_step_runs_g_on_the_given_z(check):
    check("step.uses_z")


def test_train_step_moves_each_loss_the_right_way(check):
    check("step.direction")


def test_train_step_matches_the_reference_trajectory(check):
    check("step.trajectory")


def test_train_step_trains_a_gan_that_covers_all_modes_of_a_ring(check):
    check("convergence.ring")
