# Floating point integration on lists of floats (nbody benchmark area), printed with a fixed format.
def advance(bodies, dt, steps):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            bi = bodies[i]
            for j in range(i + 1, n):
                bj = bodies[j]
                dx = bi[0] - bj[0]
                dy = bi[1] - bj[1]
                d2 = dx * dx + dy * dy + 0.01
                mag = dt / (d2 * d2 ** 0.5)
                bi[2] -= dx * bj[4] * mag
                bi[3] -= dy * bj[4] * mag
                bj[2] += dx * bi[4] * mag
                bj[3] += dy * bi[4] * mag
        for b in bodies:
            b[0] += dt * b[2]
            b[1] += dt * b[3]
def energy(bodies):
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b[4] * (b[2] * b[2] + b[3] * b[3])
        for c in bodies[i + 1:]:
            e -= b[4] * c[4] / ((b[0] - c[0]) ** 2 + (b[1] - c[1]) ** 2 + 0.01) ** 0.5
    return e
bodies = [[0.0, 0.0, 0.0, 0.0, 10.0], [1.0, 0.0, 0.0, 3.0, 0.1], [-2.0, 0.5, 0.5, -2.0, 0.2]]
print("%.6f" % energy(bodies))
advance(bodies, 0.001, 100)
print("%.5f" % energy(bodies))
print(["%.4f" % v for v in bodies[1][:4]])
