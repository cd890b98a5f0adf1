"""The paper's formulas as LaTeX (MathJax renders them when the deck is built): the same in every
language, so the slide texts refer to them by {placeholder} instead of holding braces of their own."""

FORMULAS = {
    "discriminative": r"p(y \mid x)",
    "generative": r"p(x)\ \text{or}\ p(x, y)",
    "value": (r"\min_G \max_D V(D, G) = \mathbb{E}_{x \sim p_{\text{data}}(x)}\big[\log D(x)\big]"
              r" + \mathbb{E}_{z \sim p_z(z)}\big[\log\big(1 - D(G(z))\big)\big]"),
    "d_ascent": (r"\nabla_{\theta_d} \frac{1}{m} \sum_{i=1}^{m} \Big[\log D\big(x^{(i)}\big)"
                 r" + \log\Big(1 - D\big(G\big(z^{(i)}\big)\big)\Big)\Big]"),
    "g_descent": r"\nabla_{\theta_g} \frac{1}{m} \sum_{i=1}^{m} \log\Big(1 - D\big(G\big(z^{(i)}\big)\big)\Big)",
    "optimal_d": r"D^*_G(x) = \frac{p_{\text{data}}(x)}{p_{\text{data}}(x) + p_g(x)}",
    "ab_max": r"\arg\max_{y \in (0, 1)}\ a \log y + b \log(1 - y) = \frac{a}{a + b}",
    "c_of_g": (r"C(G) = \max_D V(D, G) = -\log 4"
               r" + 2 \cdot \mathrm{JSD}\big(p_{\text{data}} \,\|\, p_g\big)"),
    "jsd": (r"\mathrm{JSD}(p \,\|\, q) = \tfrac{1}{2} \mathrm{KL}\big(p \,\|\, \tfrac{p + q}{2}\big)"
            r" + \tfrac{1}{2} \mathrm{KL}\big(q \,\|\, \tfrac{p + q}{2}\big) \ge 0"),
    "optimum": r"p_g = p_{\text{data}},\quad D^* = \tfrac{1}{2},\quad C(G) = -\log 4",
        "non_saturating": r"\min_G\ \mathbb{E}_{z}\log\big(1 - D(G(z))\big)\quad\longrightarrow\quad \max_G\ \mathbb{E}_{z} \log D(G(z))",
    "d_loss": r"\texttt{d\_loss} = \mathrm{BCE}\big(D(x), 1\big) + \mathrm{BCE}\big(D(G(z)), 0\big)",
    "g_loss": r"\texttt{g\_loss} = \mathrm{BCE}\big(D(G(z)), 1\big) = -\log D(G(z))",
    "parzen_window": (r"\log \hat p(x) = \log \frac{1}{n} \sum_{i=1}^{n}"
               r" \mathcal{N}\big(x;\ G(z^{(i)}),\ \sigma^2 I\big)"),
}
