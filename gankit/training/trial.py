"""Trial steps on copies: the kit's speed checks run train_step without touching the real run."""
import copy

import torch


def copies(G, D, opt_g, opt_d):
    """Deep copies of G and D with fresh optimizers of the same kind, settings and state."""
    G, D = copy.deepcopy(G), copy.deepcopy(D)
    new_g = type(opt_g)(G.parameters(), **opt_g.defaults)
    new_d = type(opt_d)(D.parameters(), **opt_d.defaults)
    # deepcopy: load_state_dict keeps the very same state tensors, which the trial steps would update
    new_g.load_state_dict(copy.deepcopy(opt_g.state_dict()))
    new_d.load_state_dict(copy.deepcopy(opt_d.state_dict()))
    return G, D, new_g, new_d


def untouched_rng(fn, *args):
    """fn(*args) with torch's global RNG restored afterwards: trials must not shift the run's noise."""
    with torch.random.fork_rng(devices=[]):
        return fn(*args)
